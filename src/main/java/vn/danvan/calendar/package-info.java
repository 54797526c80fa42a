/**
 * The working calendar as the running application keeps it: each year's official holiday schedule stored in the
 * database over the computed Labour Code holidays, and the calendar's pages and API.
 */
@ApplicationModule(allowedDependencies = "shared")
package vn.danvan.calendar;

import org.springframework.modulith.ApplicationModule;
