package kz.migration.quota.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a list; pass nextCursor as cursor for the next page (absent on the last page)")
public record Page<T>(List<T> items, String nextCursor) {
}
