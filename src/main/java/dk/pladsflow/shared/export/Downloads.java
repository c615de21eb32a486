package dk.pladsflow.shared.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A file to download: its content type and an attachment disposition with its name.
 */
public final class Downloads {

	/** A CSV file from {@link CsvText}. */
	public static final String CSV_TYPE = "text/csv;charset=UTF-8";

	/** An Excel workbook from {@link Spreadsheet}. */
	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	/**
	 * The response that downloads a file.
	 * @param content the file
	 * @param type its content type
	 * @param fileName the name it is saved under
	 * @return the response
	 */
	public static ResponseEntity<byte[]> attachment(byte[] content, String type, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
