package com.ophos.registrar.billing.contract;

/** What the frontend orders: an offer for a customer's primary domain, a term and how it will be paid. */
public record ContractOrder(Long customerId, String offer, Integer termMonths, String paymentMethod, String domain) {
}
