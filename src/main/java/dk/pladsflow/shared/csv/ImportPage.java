package dk.pladsflow.shared.csv;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.pladsflow.shared.csv.RowErrors.RowError;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one CSV import page ({@code templates/import.html}) as each import fills it in: its
 * texts, the expected columns, where the file goes, and why a file was refused (a whole
 * file problem, or its bad rows).
 *
 * @param messagePrefix prefix of the page's message keys ({@code .import.title},
 * {@code .import.help})
 * @param required the columns the file must have, as for {@link CsvFile#read}
 * @param optional the columns it may have
 * @param action where the form posts the file
 * @param back where "cancel" goes
 */
public record ImportPage(String messagePrefix, List<String> required, List<String> optional, String action,
		String back) {

	/**
	 * Imports a file: on success back to the list with a message, else the page again
	 * with what is wrong.
	 * @param model the model
	 * @param redirect for the message
	 * @param importer imports the file and answers the number of rows
	 * @param flash the success message's key
	 * @param done where to go after a successful import
	 * @return the view name
	 */
	public String run(Model model, RedirectAttributes redirect, IntSupplier importer, String flash, String done) {
		try {
			redirect.addFlashAttribute("imported", importer.getAsInt());
			redirect.addFlashAttribute("flash", flash);
			return "redirect:" + done;
		}
		catch (ImportRejectedException ex) {
			return render(model, ex.errors());
		}
		catch (CsvFileException ex) {
			model.addAttribute("fileError", ex.messageCode());
			model.addAttribute("fileErrorArgs", ex.arguments());
			return render(model, null);
		}
	}

	/**
	 * Fills in the page.
	 * @param model the model
	 * @param rejected the bad rows of a rejected file, or null
	 * @return the view name
	 */
	public String render(Model model, List<RowError> rejected) {
		model.addAttribute("titleKey", this.messagePrefix + ".import.title");
		model.addAttribute("helpKey", this.messagePrefix + ".import.help");
		model.addAttribute("header", Stream.concat(this.required.stream(), this.optional.stream())
			.collect(Collectors.joining(String.valueOf(CsvFile.SEPARATOR))));
		model.addAttribute("action", this.action);
		model.addAttribute("back", this.back);
		model.addAttribute("rejected", rejected);
		return "import";
	}

}
