package org.huquq.identity.domain;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The throttle's counters, changed only by single statements that the database applies atomically, so that
 * concurrent attempts on one key (on every node of a cluster) each see the count the one before left.
 */
public interface LoginThrottleRepository extends Repository<LoginThrottle, String> {

    /** Creates the counter of a key at zero unless it exists; concurrent callers never collide. */
    @Modifying
    @Query(value = "insert into login_throttle (throttle_key, failures, window_start) values (:key, 0, :now) "
            + "on conflict do nothing", nativeQuery = true)
    void createIfAbsent(String key, Instant now);

    /**
     * Counts one attempt on a key, unless it already holds {@code limit} attempts in a window that began after
     * {@code windowFloor}; a window older than that starts again at {@code now}. Answers 1 when the attempt was
     * counted (and may go ahead), 0 when the key is paused.
     */
    @Modifying
    @Query("""
            update LoginThrottle t
            set t.failures = case when t.windowStart < :windowFloor then 1 else t.failures + 1 end,
                t.windowStart = case when t.windowStart < :windowFloor then :now else t.windowStart end
            where t.throttleKey = :key and (t.failures < :limit or t.windowStart < :windowFloor)
            """)
    int countAttempt(String key, int limit, Instant now, Instant windowFloor);

    /** Takes back one counted attempt that turned out right, so that only failures stay counted. */
    @Modifying
    @Query("update LoginThrottle t set t.failures = t.failures - 1 where t.throttleKey = :key and t.failures > 0")
    void uncount(String key);

    @Modifying
    @Query("delete from LoginThrottle t where t.throttleKey in :keys")
    void clear(Collection<String> keys);

    /** Removes the counters whose window is over, which count nothing any more. */
    @Modifying
    @Query("delete from LoginThrottle t where t.windowStart < :windowFloor")
    int deleteExpired(Instant windowFloor);
}
