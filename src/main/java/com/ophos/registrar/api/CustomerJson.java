package com.ophos.registrar.api;

import com.ophos.registrar.lifecycle.model.Customer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Customer shapes of API v1: {@code {"id","name","email"}}. */
public final class CustomerJson {
    private CustomerJson() {
    }

    /** The name becomes the holder name of record (R2): the same text rules as a contact's postal data. */
    public record Request(@NotBlank @Size(max = 255)
                          @Pattern(regexp = ContactJson.POSTAL_TEXT, message = ContactJson.POSTAL_TEXT_MESSAGE) String name,
                          @NotBlank @Email @Size(max = 255) String email) {
    }

    public record View(long id, String name, String email) {
        static View of(Customer c) {
            return new View(c.id, c.name, c.email);
        }
    }
}
