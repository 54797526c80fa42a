/**
 * The audit trail's page under {@code /audit} and its REST API under {@code /api/v1/audit}.
 */
package vn.danvan.audit.web;
