/**
 * The monthly report as files for people who were not at the screen: a workbook with a sheet per
 * section, a zip of CSV files with one per section, and a PDF for trustees with a title page, charts and
 * tables. Each writer takes the same {@link org.helpline.reporting.ReportView} the page shows.
 */
package org.helpline.reporting.export;
