package dev.traverse.command.pricing;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.pricing.SetModelPrice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Organization admins set their own model prices; they override the shipped ones for later usage. */
@RestController
class PriceController {

    private final CommandGateway commands;

    PriceController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/api/v1/organizations/{id}/model-prices")
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    PriceRequest set(@PathVariable String id, @Valid @RequestBody PriceRequest request) {
        LocalDate from = request.effectiveFrom() != null ? request.effectiveFrom() : LocalDate.now(ZoneOffset.UTC);
        commands.sendAndWait(new SetModelPrice(
                SetModelPrice.priceListOf(id),
                id,
                request.modelPattern(),
                request.inputPricePerToken(),
                request.outputPricePerToken(),
                from));
        return new PriceRequest(
                request.modelPattern(), request.inputPricePerToken(), request.outputPricePerToken(), from);
    }

    /** Prices are dollars per token, such as 0.0000025 for $2.50 per million tokens. */
    record PriceRequest(
            @NotBlank
            @Pattern(regexp = "[A-Za-z0-9._:/*-]{1,100}", message = "must be a model name or pattern like gpt-4o*")
            String modelPattern,

            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal inputPricePerToken,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal outputPricePerToken,
            LocalDate effectiveFrom) {}
}
