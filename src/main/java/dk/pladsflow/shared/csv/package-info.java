/**
 * Reading the semicolon-separated import files (UTF-8 with or without BOM, {@code ;}, a
 * header row, line numbers) and reporting their bad rows.
 */
package dk.pladsflow.shared.csv;
