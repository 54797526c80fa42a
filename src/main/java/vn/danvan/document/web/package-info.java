/**
 * Pages and REST endpoints of the document registry.
 */
package vn.danvan.document.web;
