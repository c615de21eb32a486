package dk.pladsflow.slot;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.web.PageNumbers;
import dk.pladsflow.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The slot pages of employers, consultants and managers. Every action is a plain form
 * POST followed by a redirect, so the pages work without JavaScript; the service decides
 * who may do what (this class holds no access rule).
 */
@Controller
class SlotController {

	private static final int PAGE_SIZE = 25;

	private final SlotService slots;

	private final OrganisationService organisation;

	private final MessageSource messages;

	private final java.util.List<SlotPageSection> sections;

	private final java.util.List<WorklistSection> worklistSections;

	SlotController(SlotService slots, OrganisationService organisation, MessageSource messages,
			java.util.List<SlotPageSection> sections, java.util.List<WorklistSection> worklistSections) {
		this.slots = slots;
		this.organisation = organisation;
		this.messages = messages;
		this.sections = sections;
		this.worklistSections = worklistSections;
	}

	// --- lists -----------------------------------------------------------------------

	@GetMapping("/slots")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) SlotPhase phase,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		SlotFilter filter = new SlotFilter(department, (unit != null) ? Set.of(unit) : Set.of(),
				(phase != null) ? Set.of(phase) : Set.of(), overdue);
		model.addAttribute("page", this.slots.list(user, filter, PageNumbers.of(page, PAGE_SIZE)));
		return list(user, filter, "slots", model);
	}

	@GetMapping("/worklist")
	String worklist(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long department,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		SlotFilter filter = SlotFilter.worklist(department, overdue);
		model.addAttribute("page", this.slots.worklist(user, department, overdue, PageNumbers.of(page, PAGE_SIZE)));
		this.worklistSections.forEach((section) -> model.addAttribute(section.attributeName(), section.section(user)));
		return list(user, filter, "worklist", model);
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		SlotFilter filter = SlotFilter.inbox();
		model.addAttribute("page", this.slots.list(user, filter, PageNumbers.of(page, PAGE_SIZE)));
		return list(user, filter, "inbox", model);
	}

	private String list(CurrentUser user, SlotFilter filter, String kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("filter", filter);
		model.addAttribute("phases", SlotPhase.values());
		// a user bound to a department sees only it, whatever the filter says: no choice
		// to offer
		model.addAttribute("departments",
				user.may().chooseDepartment() ? this.organisation.activeDepartments() : java.util.List.of());
		return "slots/list";
	}

	// --- opening -----------------------------------------------------------------------

	@GetMapping("/slots/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		return openForm(user, SlotForm.empty(null), model);
	}

	@PostMapping("/slots")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") SlotForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return openForm(user, form, model);
		}
		long id = this.slots.open(user, form.toDetails());
		return backToSlot(id, redirect, "slot.opened");
	}

	private String openForm(CurrentUser user, SlotForm form, Model model) {
		List<UnitSummary> units = this.slots.openableUnits(user);
		if (!model.containsAttribute("form")) {
			// replacing a bound form would drop its BindingResult, and with it the errors
			model.addAttribute("form", form);
		}
		model.addAttribute("schemes", Scheme.values());
		model.addAttribute("units", units);
		return "slots/new";
	}

	// --- the slot page
	// -------------------------------------------------------------------

	@GetMapping("/slots/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		SlotView slot = this.slots.view(user, id);
		model.addAttribute("slot", slot);
		this.sections.forEach((section) -> model.addAttribute(section.attributeName(), section.section(user, id)));
		if (!model.containsAttribute("agreementForm")) {
			model.addAttribute("agreementForm", AgreementForm.of(slot));
		}
		return "slots/detail";
	}

	@GetMapping("/slots/{id}/refer")
	String refer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("slot", this.slots.view(user, id));
		model.addAttribute("q", q);
		model.addAttribute("suggestions", this.slots.suggestions(user, id, q));
		return "slots/refer";
	}

	@PostMapping("/slots/{id}/referrals")
	String referCitizen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long citizenId,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			this.slots.refer(user, id, citizenId, confirmed);
		}
		catch (ReferralNeedsConfirmation ex) {
			model.addAttribute("slot", this.slots.view(user, id));
			model.addAttribute("confirmation", ex);
			return "slots/refer-confirm";
		}
		redirect.addFlashAttribute("flash", "slot.referred");
		return "redirect:/slots/" + id + "/refer";
	}

	@PostMapping("/slots/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid AnswerForm form,
			RedirectAttributes redirect) {
		this.slots.answer(user, id, form.getVersion(), form.getChosen(), form.getReasons());
		return backToSlot(id, redirect, (form.getChosen() != null) ? "slot.chosen" : "slot.roundDeclined");
	}

	@PostMapping("/slots/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.slots.confirmHire(user, id, version);
		return backToSlot(id, redirect, "slot.chosen");
	}

	@PostMapping("/slots/{id}/problem")
	String problem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") @Size(max = SubsidySlot.MAX_NOTE) String note,
			RedirectAttributes redirect) {
		this.slots.reportProblem(user, id, version, note);
		return backToSlot(id, redirect, "slot.problemReported");
	}

	@PostMapping("/slots/{id}/resolve")
	String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam boolean newRound, RedirectAttributes redirect) {
		this.slots.resolveProblem(user, id, version, newRound);
		return backToSlot(id, redirect, newRound ? "slot.roundDeclined" : "slot.problemCleared");
	}

	@PostMapping("/slots/{id}/agreement")
	String saveAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(user, id, model);
		}
		this.slots.updateAgreement(user, id, form.getVersion(), form.toData());
		redirect.addFlashAttribute("flash", "slot.agreementSaved");
		return "redirect:/slots/" + id + "#agreement";
	}

	@PostMapping("/slots/{id}/agreement/complete")
	String completeAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam long version, RedirectAttributes redirect) {
		this.slots.completeAgreement(user, id, version);
		return backToSlot(id, redirect, "slot.filled");
	}

	@PostMapping("/slots/{id}/agreement/cancel")
	String cancelAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") @Size(max = SubsidySlot.MAX_REASON) String reason,
			RedirectAttributes redirect) {
		this.slots.cancelAgreement(user, id, version, reason);
		return backToSlot(id, redirect, "slot.agreementCancelled");
	}

	@PostMapping("/slots/{id}/end-placement")
	String endPlacement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam @DateTimeFormat(pattern = "dd-MM-yyyy") LocalDate endDate, RedirectAttributes redirect) {
		this.slots.endPlacement(user, id, version, endDate);
		return backToSlot(id, redirect, "slot.placementEndRegistered");
	}

	@PostMapping("/slots/{id}/reopening")
	String chooseReopening(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean doNotReopen, RedirectAttributes redirect) {
		this.slots.chooseReopening(user, id, version, doNotReopen);
		return backToSlot(id, redirect, "slot.reopening.saved");
	}

	@PostMapping("/slots/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.slots.reopen(user, id, version);
		return backToSlot(id, redirect, "slot.reopened");
	}

	/**
	 * A rule refused the action: back to the slot's page with the reason, nothing saved.
	 */
	@ExceptionHandler(SlotRuleException.class)
	String ruleRefused(SlotRuleException ex, HttpServletRequest request) {
		String text = this.messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(),
				LocaleContextHolder.getLocale());
		RequestContextUtils.getOutputFlashMap(request).put("flashErrorText", text);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] parts = path.split("/");
		return (parts.length > 2 && parts[1].equals("slots")) ? "redirect:/slots/" + parts[2] : "redirect:/slots";
	}

	/** Back to the slot's page after a change, with what happened in the flash. */
	private static String backToSlot(long id, RedirectAttributes redirect, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/slots/" + id;
	}

}
