/**
 * Sign-in, the home page, one's profile and tokens, account administration, and their REST API.
 */
package vn.danvan.identity.web;
