/**
 * Downloads of a page's figures, the same way for every report: {@link CsvText} (UTF-8
 * with a byte order mark, {@code ;}, decimal comma, for spreadsheets),
 * {@link Spreadsheet} (an Excel workbook with Apache POI: bold titles, wrapped headers,
 * numbers as numbers) and {@link Downloads} (the attachment response).
 */
package dk.pladsflow.shared.export;
