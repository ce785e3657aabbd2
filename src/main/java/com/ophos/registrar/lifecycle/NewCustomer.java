package com.ophos.registrar.lifecycle;

public record NewCustomer(String name, String email) {
}
