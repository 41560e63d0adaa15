package kz.migration.permit.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.FeePayment;

/** Confirmed fee payments by payment reference. */
@ApplicationScoped
public class FeePaymentRepository implements PanacheRepositoryBase<FeePayment, String> {
}
