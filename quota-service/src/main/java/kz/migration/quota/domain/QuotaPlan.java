package kz.migration.quota.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Rule;

/**
 * A year's quota plan: for each quota category, its national figure and the regions' shares of it. The national
 * figure of a category is the sum of its regions' allocations, so once stored the two cannot disagree; the rules here
 * keep every decision that changes them consistent and return every finding at once. {@code version} is the plan's
 * ETag, advanced by every ministry decision on the year; 0 means the year has no plan yet.
 * <p>
 * What the database holds (an allocation never below reserved plus used, only free units move) is checked here on
 * the balances as read, to name every refused balance at once; the conditional updates stay the final word, since
 * reservations keep moving while a decision is made.
 */
public final class QuotaPlan {

    /** The categories the quota is set for; ICT is outside it. */
    @Rule("quota.categories")
    public static final Set<PermitCategory> QUOTA_CATEGORIES = Set.copyOf(Arrays.stream(PermitCategory.values())
            .filter(PermitCategory::countsAgainstQuota).toList());

    static final String OUTSIDE_QUOTA = "is outside the quota: intra-corporate transfers take no quota units";

    private final int year;
    private final int version;
    private final SortedMap<QuotaKey, Balance> balances = new TreeMap<>();

    private QuotaPlan(int year, int version, Collection<Balance> balances) {
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
        this.year = year;
        this.version = version;
        for (Balance balance : balances) {
            if (balance.key().year() != year) {
                throw new IllegalArgumentException(balance.key() + " is not of the plan of " + year);
            }
            this.balances.put(balance.key(), balance);
        }
    }

    /** A year without a plan. */
    public static QuotaPlan none(int year) {
        return new QuotaPlan(year, 0, List.of());
    }

    /** The plan of {@code year} at {@code version} (0: none yet) with its balances as read. */
    public static QuotaPlan of(int year, int version, Collection<Balance> balances) {
        return new QuotaPlan(year, version, balances);
    }

    @Rule("quota.categories")
    @Rule("quota.ict-outside-quota")
    public static boolean isQuotaCategory(PermitCategory category) {
        return QUOTA_CATEGORIES.contains(category);
    }

    public int year() {
        return year;
    }

    public int version() {
        return version;
    }

    public boolean exists() {
        return version > 0;
    }

    /** The plan's ETag: year and version, so that neither a balance's ETag nor another year's can match it. */
    public String etag() {
        return etag(year, version);
    }

    public static String etag(int year, int version) {
        return year + "." + version;
    }

    /** The categories that have a balance in this plan, in their natural order. */
    public List<PermitCategory> categories() {
        return balances.keySet().stream().map(QuotaKey::category).distinct().sorted().toList();
    }

    /** The category's regional balances, by region. */
    public List<Balance> balances(PermitCategory category) {
        return balances.values().stream().filter(b -> b.key().category() == category).toList();
    }

    public Optional<Balance> balance(QuotaKey key) {
        return Optional.ofNullable(balances.get(key));
    }

    /** The national figure of a category: the sum of its regions' allocations. */
    @Rule("quota.plan.regions-sum-to-national")
    public int national(PermitCategory category) {
        return balances(category).stream().mapToInt(Balance::allocated).sum();
    }

    /**
     * A decision on an existing plan names the version read ({@code If-Match}): 428 without it, 412 when another
     * decision changed the plan since. The first plan of a year needs none, and a tag sent for a year without a plan
     * matches nothing.
     */
    @Rule("quota.decisions.if-match")
    public void checkIfMatch(String ifMatch) {
        boolean sent = ifMatch != null && !ifMatch.isBlank();
        if (!sent && exists()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "The quota plan of " + year
                    + " exists: send If-Match with the ETag you read (now \"" + etag() + "\"), so that no decision"
                    + " made since is overwritten");
        }
        if (sent && !exists()) {
            throw new ProblemException(ProblemType.STALE_VERSION, "The year " + year + " has no quota plan yet;"
                    + " send its first plan without If-Match");
        }
        if (sent && !EntityTags.matches(ifMatch, etag())) {
            throw new ProblemException(ProblemType.STALE_VERSION, "The quota plan of " + year + " is at \"" + etag()
                    + "\", not " + ifMatch.strip() + ": another decision changed it; read it again");
        }
    }

    /**
     * A plan for the categories named: each category's regions get exactly the shares listed and the regions not
     * listed get zero, since a plan is the whole distribution of a category; the shares must sum to the national
     * figure stated.
     */
    @Rule("quota.plan.regions-sum-to-national")
    public PlanChange plan(List<CategoryShares> categories) {
        return change(categories, true);
    }

    /**
     * A revision of the categories named: the regions listed get their new share and every other region keeps its
     * own. The category's regions must then still sum to its national figure: the one stated, or the current one
     * when none is stated, so that a national figure never changes without being said.
     */
    @Rule("quota.plan.partial-revision")
    @Rule("quota.plan.regions-sum-to-national")
    public PlanChange revise(List<CategoryShares> categories) {
        return change(categories, false);
    }

    private PlanChange change(List<CategoryShares> categories, boolean wholeDistribution) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<QuotaKey, Integer> targets = new TreeMap<>();
        Set<PermitCategory> named = EnumSet.noneOf(PermitCategory.class);
        for (int i = 0; i < categories.size(); i++) {
            CategoryShares category = categories.get(i);
            String path = "categories[" + i + "]";
            if (!isQuotaCategory(category.category())) {
                violations.add(new Problem.Violation(path + ".category", OUTSIDE_QUOTA));
                continue;
            }
            if (!named.add(category.category())) {
                violations.add(new Problem.Violation(path + ".category", "appears more than once"));
            }
            Map<String, Integer> shares = new TreeMap<>();
            for (Balance balance : balances(category.category())) {
                shares.put(balance.key().region(), wholeDistribution ? 0 : balance.allocated());
            }
            Set<String> regions = new HashSet<>();
            for (int j = 0; j < category.regions().size(); j++) {
                CategoryShares.Share share = category.regions().get(j);
                if (!regions.add(share.region())) {
                    violations.add(new Problem.Violation(path + ".regions[" + j + "].region",
                            "appears more than once"));
                }
                shares.put(share.region(), share.allocated());
            }
            long sum = shares.values().stream().mapToLong(Integer::longValue).sum();
            int national = category.national() != null ? category.national() : national(category.category());
            if (sum != national) {
                violations.add(new Problem.Violation(path + ".regions", wholeDistribution
                        ? "regional shares sum to " + sum + ", not the national " + national
                        : unbalancedRevision(category, sum, national)));
            }
            shares.forEach((region, units) -> targets.put(new QuotaKey(year, region, category.category()), units));
        }
        if (!violations.isEmpty()) {
            return PlanChange.invalid(violations);
        }
        // Only what changes is written; a region named for the first time gets its balance even at zero, so that
        // an approval there is refused as exhausted rather than as having no quota set.
        Map<QuotaKey, Integer> changed = new TreeMap<>();
        List<Balance> below = new ArrayList<>();
        targets.forEach((key, units) -> {
            Optional<Balance> current = balance(key);
            if (current.isEmpty() || current.get().allocated() != units.intValue()) {
                changed.put(key, units);
                current.filter(balance -> !balance.admits(units)).ifPresent(below::add);
            }
        });
        return PlanChange.of(changed, below);
    }

    private static String unbalancedRevision(CategoryShares category, long sum, int national) {
        return "with the regions not listed kept, the regions of " + category.category() + " sum to " + sum
                + ", not the national " + national + (category.national() != null
                        ? " stated"
                        : ": state the new national figure, or change another region by the difference");
    }

    /**
     * What a reallocation may move: units of a quota category, between two different regions of this plan, and only
     * the source region's free units (allocated minus reserved minus used). Request findings are a 400 with every
     * violation; a source without an allocation is a 404; too few free units a 422. Returns the source balance.
     */
    @Rule("quota.reallocation.free-units-only")
    public Balance checkReallocation(Reallocation reallocation) {
        List<Problem.Violation> violations = reallocation.violations();
        if (reallocation.year() != year) {
            violations.add(new Problem.Violation("year", "is not the plan's year " + year));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations.size() == 1
                    ? "1 field is invalid"
                    : violations.size() + " fields are invalid", violations);
        }
        QuotaKey from = new QuotaKey(year, reallocation.fromRegion(), reallocation.category());
        Balance source = balance(from).orElseThrow(() -> ProblemException.notFound("Quota", from.aggregateId()));
        if (!source.hasFree(reallocation.units())) {
            throw insufficientFree(source, reallocation.units());
        }
        return source;
    }

    /**
     * A hypothetical copy of this plan with the allocations given (a balance the plan lacks starts with nothing
     * reserved or used); the plan itself and the database are untouched.
     */
    public QuotaPlan withAllocations(Map<QuotaKey, Integer> allocations) {
        Map<QuotaKey, Balance> copy = new TreeMap<>(balances);
        allocations.forEach((key, units) -> {
            Balance current = copy.get(key);
            copy.put(key, current == null
                    ? new Balance(key, units, 0, 0, 0, 0)
                    : new Balance(key, units, current.reserved(), current.used(), current.alertLevel(),
                            current.allocationVersion()));
        });
        return new QuotaPlan(year, version, copy.values());
    }

    /** A hypothetical copy of this plan after a reallocation {@link #checkReallocation} accepted. */
    public QuotaPlan reallocated(Reallocation reallocation) {
        QuotaKey from = new QuotaKey(year, reallocation.fromRegion(), reallocation.category());
        QuotaKey to = new QuotaKey(year, reallocation.toRegion(), reallocation.category());
        Map<QuotaKey, Integer> moved = new TreeMap<>();
        moved.put(from, balance(from).orElseThrow().allocated() - reallocation.units());
        moved.put(to, balance(to).map(Balance::allocated).orElse(0) + reallocation.units());
        return withAllocations(moved);
    }

    /** Every balance of the plan, in key order. */
    public List<Balance> balances() {
        return List.copyOf(balances.values());
    }

    /** The refusal of a move larger than what is free, naming both figures. */
    public static ProblemException insufficientFree(Balance source, int units) {
        QuotaKey key = source.key();
        return new ProblemException(QuotaProblems.INSUFFICIENT_FREE_QUOTA, key.region() + " has " + source.free()
                + " free units of " + key.category() + " in " + key.year() + ", fewer than the " + units + " to move")
                .with("free", source.free()).with("requested", units);
    }
}
