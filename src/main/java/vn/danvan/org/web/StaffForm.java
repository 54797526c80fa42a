package vn.danvan.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.danvan.org.StaffDetails;

/**
 * A staff member's name, position and contact details.
 */
record StaffForm(@NotBlank @Size(max = 200) String fullName, @Size(max = 200) String position,
        @Size(max = 200) String email, @Size(max = 40) String phone, Long version) {

    StaffDetails details() {
        return new StaffDetails(fullName, position, email, phone);
    }
}
