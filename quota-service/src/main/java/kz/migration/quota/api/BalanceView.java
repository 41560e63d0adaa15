package kz.migration.quota.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.KatoRegions;
import kz.migration.quota.domain.Balance;

@Schema(description = "One quota balance: allocated = reserved + used + free")
public record BalanceView(int year, String region, String regionName, PermitCategory category, int allocated,
        int reserved, int used, int free, int utilisationPercent) {

    public static BalanceView of(Balance balance) {
        return new BalanceView(balance.key().year(), balance.key().region(),
                KatoRegions.all().get(balance.key().region()), balance.key().category(), balance.allocated(),
                balance.reserved(), balance.used(), balance.free(), balance.utilisationPercent());
    }
}
