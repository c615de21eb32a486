package dk.pladsflow.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel download (Apache POI): sheets with a bold title, a header row whose names
 * wrap, and rows whose numbers are numbers (decimals shown with one decimal).
 */
public final class Spreadsheet {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle bold;

	private final CellStyle header;

	private final CellStyle decimal;

	public Spreadsheet() {
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold = this.workbook.createCellStyle();
		this.bold.setFont(font);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(font);
		this.header.setWrapText(true);
		this.decimal = this.workbook.createCellStyle();
		this.decimal.setDataFormat(this.workbook.createDataFormat().getFormat("0.0"));
	}

	/**
	 * A new sheet with its title in bold in the first row.
	 * @param name the sheet's name
	 * @param title the title
	 * @return the sheet
	 */
	public Sheet sheet(String name, String title) {
		Sheet sheet = this.workbook.createSheet(name);
		Cell cell = sheet.createRow(0).createCell(0);
		cell.setCellValue(title);
		cell.setCellStyle(this.bold);
		return sheet;
	}

	/**
	 * A header row.
	 * @param row the row
	 * @param names the column names, from the first column
	 */
	public void header(Row row, List<String> names) {
		for (int c = 0; c < names.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(names.get(c));
			cell.setCellStyle(this.header);
		}
	}

	/**
	 * Values in a row: numbers as numbers (decimals with one decimal shown), text as
	 * text, an empty cell for null.
	 * @param row the row
	 * @param column the first value's column
	 * @param values the values
	 */
	public void cells(Row row, int column, List<?> values) {
		int c = column;
		for (Object value : values) {
			Cell cell = row.createCell(c++);
			if (value instanceof Double v) {
				cell.setCellValue(v);
				cell.setCellStyle(this.decimal);
			}
			else if (value instanceof BigDecimal v) {
				cell.setCellValue(v.doubleValue());
				cell.setCellStyle(this.decimal);
			}
			else if (value instanceof Number v) {
				cell.setCellValue(v.doubleValue());
			}
			else if (value != null) {
				cell.setCellValue(value.toString());
			}
		}
	}

	/**
	 * A table's columns under its title and header row ({@link #sheet}, {@link #header}
	 * in the third row): the first, which names the rows, as wide as asked, the others 16
	 * characters; the first column and the rows above the table stay in view.
	 * @param sheet the sheet
	 * @param firstWidth the first column's width in characters
	 * @param columns how many columns the table has
	 */
	public static void columns(Sheet sheet, int firstWidth, int columns) {
		sheet.setColumnWidth(0, firstWidth * 256);
		for (int c = 1; c < columns; c++) {
			sheet.setColumnWidth(c, 16 * 256);
		}
		sheet.createFreezePane(1, 3);
	}

	/**
	 * The workbook as a file.
	 * @return the .xlsx file
	 */
	public byte[] bytes() {
		try (XSSFWorkbook workbook = this.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
