package dev.traverse.command.pricing;

import static dev.traverse.command.rejection.Rejected.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.api.pricing.ModelPriceSet;
import dev.traverse.api.pricing.SetModelPrice;
import dev.traverse.command.rejection.Rejection;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceListTest {

    private static final String ORG = "org1";
    private static final String LIST = SetModelPrice.priceListOf(ORG);
    private static final LocalDate DAY = LocalDate.parse("2026-01-01");
    private AggregateTestFixture<PriceList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PriceList.class);
    }

    @Test
    void theFirstPriceCreatesTheListAndLaterOnesAddToIt() {
        BigDecimal in = new BigDecimal("0.0000025");
        BigDecimal out = new BigDecimal("0.00001");
        fixture.givenNoPriorActivity()
                .when(new SetModelPrice(LIST, ORG, "gpt-4o*", in, out, DAY))
                .expectEvents(new ModelPriceSet(ORG, "gpt-4o*", in, out, DAY));
        fixture.given(new ModelPriceSet(ORG, "gpt-4o*", in, out, DAY))
                .when(new SetModelPrice(LIST, ORG, "gpt-4o*", out, out, DAY.plusDays(1)))
                .expectEvents(new ModelPriceSet(ORG, "gpt-4o*", out, out, DAY.plusDays(1)));
    }

    @Test
    void rejectsBadPatternsAndPrices() {
        fixture.givenNoPriorActivity()
                .when(new SetModelPrice(LIST, ORG, "gpt 4o", BigDecimal.ZERO, BigDecimal.ZERO, DAY))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "model_pattern"));
        fixture.givenNoPriorActivity()
                .when(new SetModelPrice(LIST, ORG, "gpt-4o", new BigDecimal("-1"), BigDecimal.ZERO, DAY))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "input_price_per_token"));
        fixture.givenNoPriorActivity()
                .when(new SetModelPrice(LIST, ORG, "gpt-4o", BigDecimal.ZERO, new BigDecimal("2"), DAY))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "output_price_per_token"));
    }

    @Test
    void pricesAreExact() {
        Price price = new Price("gpt-4o*", new BigDecimal("0.0000025"), new BigDecimal("0.00001"));
        assertThat(price.cost(1_234_567, 89_012)).isEqualByComparingTo("3.9765375");
    }
}
