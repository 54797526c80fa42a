/**
 * The calendar's pages and REST endpoints.
 */
package vn.danvan.calendar.web;
