package kz.migration.contract.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a contract search; pass {@code nextCursor} back as {@code cursor} for the next. */
@Schema(description = "A page of contracts")
public record ContractPage(List<ContractView> items, String nextCursor) {
}
