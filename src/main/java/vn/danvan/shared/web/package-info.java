/**
 * Web plumbing every page and endpoint shares: locale and messages, errors as problem details or friendly pages,
 * formats, navigation.
 */
package vn.danvan.shared.web;
