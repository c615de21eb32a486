package dk.pladsflow.citizen;

import java.io.IOException;
import java.io.InputStream;

import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.user.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultants' citizen register: list and search, form, full record, CSV import.
 * {@link CitizenService} decides who may: every handler asks it first, so everyone but a
 * consultant gets the 403 page before a form is checked or shown.
 */
@Controller
@RequestMapping("/citizens")
class CitizenController {

	private static final int PAGE_SIZE = 25;

	private static final int REFERRALS_SHOWN = 20;

	private final CitizenService citizens;

	private final ObjectProvider<CitizenReferrals> referrals;

	CitizenController(CitizenService citizens, ObjectProvider<CitizenReferrals> referrals) {
		this.citizens = citizens;
		this.referrals = referrals;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("citizens", this.citizens.search(q, page, PAGE_SIZE, user));
		return "citizens/list";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.citizens.checkRegisterAccess(user);
		return form(model, CitizenForm.empty(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CitizenForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.citizens.checkRegisterAccess(user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				long id = this.citizens.create(form.toData(), user);
				redirect.addFlashAttribute("flash", "citizen.created");
				return "redirect:/citizens/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("citizen", this.citizens.fullRecord(id, user));
		model.addAttribute("accessLog", this.citizens.recentAccess(id, user));
		CitizenReferrals source = this.referrals.getIfAvailable();
		model.addAttribute("referrals", (source != null) ? source.of(id, REFERRALS_SHOWN) : java.util.List.of());
		return "citizens/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CitizenRecord citizen = this.citizens.fullRecord(id, user);
		return form(model, CitizenForm.of(citizen), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CitizenForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.citizens.checkRegisterAccess(user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.citizens.update(id, form.version(), form.toData(), user);
				redirect.addFlashAttribute("flash", "citizen.saved");
				return "redirect:/citizens/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(model, form, id);
	}

	private String form(Model model, CitizenForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("citizenId", id);
		model.addAttribute("benefits", Benefit.values());
		return "citizens/form";
	}

	@GetMapping("/import")
	String importForm(@AuthenticationPrincipal CurrentUser user) {
		this.citizens.checkRegisterAccess(user);
		return "citizens/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		this.citizens.checkRegisterAccess(user);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "csv.noFile");
			return "citizens/import";
		}
		try (InputStream input = file.getInputStream()) {
			CitizenImportResult result = this.citizens.importCsv(input, user);
			if (result.saved()) {
				redirect.addFlashAttribute("imported", result);
				return "redirect:/citizens/import";
			}
			model.addAttribute("result", result);
		}
		catch (CsvFileException ex) {
			model.addAttribute("fileError", ex.messageCode());
			model.addAttribute("fileErrorArgs", ex.arguments());
		}
		return "citizens/import";
	}

}
