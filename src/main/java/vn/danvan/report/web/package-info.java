/**
 * Reporting pages and REST API.
 */
package vn.danvan.report.web;
