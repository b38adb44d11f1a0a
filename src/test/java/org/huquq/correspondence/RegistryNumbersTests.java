package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class RegistryNumbersTests {

    @Autowired
    RegistryNumbers numbers;

    @Autowired
    TestUsers users;

    @Autowired
    PlatformTransactionManager transactionManager;

    String take(UUID institution, RegistrySeries series, int year) {
        return new TransactionTemplate(transactionManager).execute(status -> numbers.next(institution, series, year));
    }

    @Test
    void twentyClerksAtOnceGetTwentyDifferentNumbersWithoutGaps() throws Exception {
        UUID institution = users.institution();
        int clerks = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        try {
            List<Future<String>> taken = new ArrayList<>();
            for (int i = 0; i < clerks; i++) {
                Callable<String> clerk = () -> {
                    start.await();
                    return take(institution, RegistrySeries.OUTGOING, 2024);
                };
                taken.add(pool.submit(clerk));
            }
            start.countDown();
            List<String> given = new ArrayList<>();
            for (Future<String> number : taken) {
                given.add(number.get());
            }
            assertThat(given).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, clerks).mapToObj(n -> String.format("OUT-2024-%04d", n)).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRegistrationThatFailsGivesItsNumberBack() {
        UUID institution = users.institution();
        assertThat(take(institution, RegistrySeries.INCOMING, 2025)).isEqualTo("IN-2025-0001");
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(numbers.next(institution, RegistrySeries.INCOMING, 2025)).isEqualTo("IN-2025-0002");
            throw new IllegalStateException("the letter could not be saved");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(take(institution, RegistrySeries.INCOMING, 2025)).isEqualTo("IN-2025-0002");
    }

    @Test
    void eachInstitutionSeriesAndYearCountsOnItsOwn() {
        UUID first = users.institution();
        UUID second = users.institution();
        assertThat(take(first, RegistrySeries.OUTGOING, 2023)).isEqualTo("OUT-2023-0001");
        assertThat(take(first, RegistrySeries.OUTGOING, 2023)).isEqualTo("OUT-2023-0002");
        assertThat(take(first, RegistrySeries.INCOMING, 2023)).isEqualTo("IN-2023-0001");
        assertThat(take(first, RegistrySeries.OUTGOING, 2022)).isEqualTo("OUT-2022-0001");
        assertThat(take(second, RegistrySeries.OUTGOING, 2023)).isEqualTo("OUT-2023-0001");
    }

    @Test
    void aNumberIsTakenOnlyInsideTheRegistrationsTransaction() {
        assertThatThrownBy(() -> numbers.next(users.institution(), RegistrySeries.OUTGOING, 2024))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
