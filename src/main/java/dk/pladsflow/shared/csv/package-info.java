/**
 * The one way every import reads a CSV file: {@link dk.pladsflow.shared.csv.CsvTable}
 * (UTF-8 with or without BOM, {@code ;}, header check, line numbers),
 * {@link dk.pladsflow.shared.csv.CsvValues} (dates, yes/no, numbers) and
 * {@link dk.pladsflow.shared.csv.RowErrors} (every bad row with its reason).
 */
package dk.pladsflow.shared.csv;
