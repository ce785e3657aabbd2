package com.ophos.registrar.api;

import com.ophos.registrar.lifecycle.model.Customer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Customer shapes of API v1: {@code {"id","name","email"}}. */
public final class CustomerJson {
    private CustomerJson() {
    }

    public record Request(@NotBlank @Size(max = 255) String name,
                          @NotBlank @Email @Size(max = 255) String email) {
    }

    public record View(long id, String name, String email) {
        static View of(Customer c) {
            return new View(c.id, c.name, c.email);
        }
    }
}
