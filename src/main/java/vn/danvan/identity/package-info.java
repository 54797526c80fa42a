/**
 * Accounts and who may do what: sign-in with lockout, roles per unit covering its subtree, API tokens, and the
 * security configuration of pages and the REST API.
 */
@ApplicationModule(allowedDependencies = { "org", "shared" })
package vn.danvan.identity;

import org.springframework.modulith.ApplicationModule;
