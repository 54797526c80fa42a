/**
 * Pages under {@code /emulation} and the public {@code /showcase}; the REST API under {@code /api/v1/emulation}.
 */
package vn.danvan.emulation.web;
