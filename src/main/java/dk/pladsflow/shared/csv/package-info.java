/**
 * Reading the semicolon-separated import files and reporting their bad rows.
 */
package dk.pladsflow.shared.csv;
