/**
 * What three or more modules use: domain errors, the acting user and their scope, Vietnamese text and formats,
 * paging, the audit contract of domain events, and the web plumbing every page and endpoint shares.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.danvan.shared;

import org.springframework.modulith.ApplicationModule;
