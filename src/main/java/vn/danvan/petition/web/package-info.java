/**
 * The petition module's pages, REST endpoints and public portal.
 */
package vn.danvan.petition.web;
