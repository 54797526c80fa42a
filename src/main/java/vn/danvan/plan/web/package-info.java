/**
 * The plans' pages and REST API.
 */
package vn.danvan.plan.web;
