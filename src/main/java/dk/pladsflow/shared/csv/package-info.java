/**
 * Reading the semicolon-separated import files, the same way for every import, and
 * reporting their problems.
 * <ul>
 * <li>{@link dk.pladsflow.shared.csv.CsvFile} reads a file with Apache Commons CSV: UTF-8
 * with or without BOM, {@code ;}, a header with required and optional columns, trimmed
 * values by column name, real line numbers (the header is line 1).</li>
 * <li>{@link dk.pladsflow.shared.csv.CsvFileException}: the file as a whole cannot be
 * read (not UTF-8, empty, broken quotes, wrong header); one message code.</li>
 * <li>{@link dk.pladsflow.shared.csv.CsvValues}: dates ({@code yyyy-MM-dd} or
 * {@code dd-MM-yyyy}), ja/nej, whole and decimal numbers ({@code ,} or {@code .}).</li>
 * <li>{@link dk.pladsflow.shared.csv.RowErrors}: every bad row's line and reason (message
 * code and arguments). The reader adds rows with the wrong number of fields; the import
 * adds its own reasons; nothing is saved unless it stays empty.
 * {@link dk.pladsflow.shared.csv.RowErrors#rejectIfAny()} throws
 * {@link dk.pladsflow.shared.csv.ImportRejectedException} for imports that answer by
 * exception (placements, targets: page and API); the citizen import returns the list in
 * its result instead.</li>
 * <li>{@link dk.pladsflow.shared.csv.ImportPage}: the shared import page
 * ({@code templates/import.html}), showing a file's problem or its bad rows.</li>
 * </ul>
 * Message keys: {@code csv.*} for the reader's own reasons, {@code import.*} for the
 * shared page and the placement and target rows.
 */
package dk.pladsflow.shared.csv;
