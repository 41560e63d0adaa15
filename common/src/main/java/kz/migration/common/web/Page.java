package kz.migration.common.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code nextCursor} is null on the last page. */
@Schema(description = "One page of a list; pass nextCursor as cursor for the next page (absent on the last page)")
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page of {@code rows}, which were fetched with {@code limit + 1} so that one extra row tells whether a next
     * page exists; the cursor is the sort key of the last row shown.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, Object[]> sortKey, Function<E, T> view) {
        String next = rows.size() > limit ? PageCursor.encode(sortKey.apply(rows.get(limit - 1))) : null;
        return new Page<>(rows.stream().limit(limit).map(view).toList(), next);
    }
}
