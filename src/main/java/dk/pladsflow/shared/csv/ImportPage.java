package dk.pladsflow.shared.csv;

import java.util.List;

import org.springframework.ui.Model;

/**
 * The one CSV import page ({@code templates/import.html}) as each import fills it in: its
 * texts, the expected columns, where the file goes, and a rejected file's bad rows.
 *
 * @param messagePrefix prefix of the page's message keys ({@code .import.title},
 * {@code .import.help})
 * @param header the expected columns
 * @param action where the form posts the file
 * @param back where "cancel" goes
 */
public record ImportPage(String messagePrefix, String[] header, String action, String back) {

	/**
	 * Fills in the page.
	 * @param model the model
	 * @param rejected the bad rows of a rejected file, or null
	 * @return the view name
	 */
	public String render(Model model, List<RowError> rejected) {
		model.addAttribute("title", this.messagePrefix + ".import.title");
		model.addAttribute("help", this.messagePrefix + ".import.help");
		model.addAttribute("header", String.join(";", this.header));
		model.addAttribute("action", this.action);
		model.addAttribute("back", this.back);
		model.addAttribute("rejected", rejected);
		return "import";
	}

}
