/**
 * Citizens' petitions (đơn thư): intake from every channel, classification, acceptance or forwarding under statutory
 * clocks counted on the working calendar, handling to a decision, confidential identities, duplicates, the public
 * portal and tracking, and the dialogues with citizens and the commitments made in them.
 */
@ApplicationModule(allowedDependencies = { "org", "identity", "shared" })
package vn.danvan.petition;

import org.springframework.modulith.ApplicationModule;
