/**
 * Pages under {@code /org} and the REST API under {@code /api/v1/org-units}.
 */
package vn.danvan.org.web;
