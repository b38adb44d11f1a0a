/**
 * Tables written as CSV or XLSX straight to a stream, for every list's export and every import's report: Tajik and
 * Cyrillic letters kept, formula injection neutralised, memory bounded however many rows.
 */
package org.huquq.shared.spreadsheets;
