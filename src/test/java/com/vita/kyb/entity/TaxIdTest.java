package com.vita.kyb.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.problems.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every example was checked against the published algorithm; the named ones are public identifiers
 * of well-known organisations, the others are computed.
 */
class TaxIdTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // Chile, RUT
    "CL, 76.086.428-5, 76.086.428-5",
    "CL, 11.111.111-1, 11.111.111-1",
    "CL, 97.004.000-5, 97.004.000-5", // Banco de Chile
    "CL, 12.345.670-K, 12.345.670-K", // 10 → K
    "CL, 76.000.000-0, 76.000.000-0", // 11 → 0
    "CL, 1.000.005-k, 1.000.005-K",
    "CL, 5126663-3, 5.126.663-3",
    // Colombia, NIT
    "CO, 890.903.938-8, 890.903.938-8", // Bancolombia
    "CO, 860.034.313-7, 860.034.313-7", // Davivienda
    "CO, 800.197.268-4, 800.197.268-4", // DIAN
    "CO, 899.999.068-1, 899.999.068-1", // Ecopetrol
    "CO, 900.123.456-8, 900.123.456-8",
    "CO, 900.000.009-0, 900.000.009-0", // remainder 0 → 0
    "CO, 900.000.002-1, 900.000.002-1", // remainder 1 → 1
    "CO, 123456789012345-2, 123.456.789.012.345-2", // 15 digits, the longest
    // Mexico, RFC: companies (3 letters) and a person (4 letters)
    "MX, WMT970714R10, WMT970714R10", // Walmart de México
    "MX, TME840315KT6, TME840315KT6", // Teléfonos de México
    "MX, SAT970701NN3, SAT970701NN3", // Servicio de Administración Tributaria
    "MX, CFE370814QI0, CFE370814QI0", // Comisión Federal de Electricidad
    "MX, IMS421231I45, IMS421231I45", // Instituto Mexicano del Seguro Social
    "MX, BBA830831LJ2, BBA830831LJ2", // BBVA Bancomer
    "MX, CEM880726UZA, CEM880726UZA", // check digit 10 → A
    "MX, GODE561231GR8, GODE561231GR8", // the SAT's own example of a persona física
    "MX, A&B010101AB0, A&B010101AB0", // & counts 24
    "MX, MUÑO800101AB3, MUÑO800101AB3", // Ñ counts 38
    "MX, WMT000229R1A, WMT000229R1A", // 29 February 2000
    "MX, wmt-970714-r10, WMT970714R10",
    "MX, muño 800101 ab3, MUÑO800101AB3",
    // Spain, NIF: DNI, NIE, CIF
    "ES, 12345678Z, 12345678Z",
    "ES, 12.345.678-z, 12345678Z",
    "ES, X1234567L, X1234567L",
    "ES, Y1234567X, Y1234567X",
    "ES, A58818501, A58818501",
    "ES, A28015865, A28015865", // Telefónica
    "ES, Q2826000H, Q2826000H", // Agencia Estatal de Administración Tributaria
    "ES, B12345674, B12345674",
    "ES, G12345674, G12345674", // entity types like G take the control as a digit...
    "ES, G1234567D, G1234567D", // ... or as a letter
    // United Arab Emirates, TRN
    "AE, 100123456700003, 100123456700003",
    "AE, 100 1234 5670 0003, 100123456700003",
  })
  void validIdentifiersAreNormalisedAndFormatted(String country, String raw, String formatted) {
    TaxId taxId = TaxId.of(country, raw);

    assertEquals(country, taxId.country());
    assertEquals(formatted, taxId.format());
    assertEquals(taxId, TaxId.of(country.toLowerCase(), " " + formatted + " "));
  }

  @Test
  void theValueIsKeptWithoutSeparators() {
    assertEquals(new TaxId("CL", "760864285"), TaxId.of("cl", "76.086.428-5"));
    assertEquals("9001234568", TaxId.of("CO", "900 123 456 8").value());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // Chile: wrong check digit, leading zero, letters, too long
    "CL, 76.086.428-4, Chilean RUT",
    "CL, 76.086.428-K, Chilean RUT",
    "CL, 11.111.111-2, Chilean RUT",
    "CL, 07.612.345-6, Chilean RUT",
    "CL, 76.O86.428-5, Chilean RUT",
    "CL, 123.456.789-0, Chilean RUT",
    "CL, 5, Chilean RUT",
    // Colombia
    "CO, 890.903.938-7, Colombian NIT",
    "CO, 860.034.313-0, Colombian NIT",
    "CO, 800.197.268-5, Colombian NIT",
    "CO, 1234567890123456-0, Colombian NIT",
    "CO, 900.123.456-K, Colombian NIT",
    // Mexico: wrong check character, impossible dates (with a matching check character)
    "MX, WMT970714R11, Mexican RFC",
    "MX, GODE561231GR9, Mexican RFC",
    "MX, WMT971314R16, Mexican RFC",
    "MX, WMT990229R10, Mexican RFC",
    "MX, WM970714R10, Mexican RFC",
    "MX, WMT97071R10, Mexican RFC",
    // Spain: wrong letter, wrong CIF control, control in the form the entity type forbids
    "ES, 12345678A, Spanish NIF",
    "ES, X1234567A, Spanish NIF",
    "ES, B12345675, Spanish NIF",
    "ES, A5881850A, Spanish NIF",
    "ES, Q28260008, Spanish NIF",
    "ES, I12345674, Spanish NIF",
    "ES, 1234567Z, Spanish NIF",
    // UAE: not starting with 100, too short, too long
    "AE, 200123456700003, UAE TRN",
    "AE, 10012345670000, UAE TRN",
    "AE, 1001234567000031, UAE TRN",
  })
  void invalidIdentifiersNameTheKindTheyFailed(String country, String raw, String kind) {
    InvalidTaxIdProblem problem =
        assertThrows(InvalidTaxIdProblem.class, () -> TaxId.of(country, raw));

    assertEquals("This is not a valid " + kind, problem.getMessage());
    assertEquals(ProblemType.VALIDATION, problem.type());
  }

  @Test
  void anEmptyOrMissingValueIsInvalid() {
    assertThrows(InvalidTaxIdProblem.class, () -> TaxId.of("CL", null));
    assertThrows(InvalidTaxIdProblem.class, () -> TaxId.of("CL", " . - "));
  }

  @Test
  void countriesVitaDoesNotServeAreRefused() {
    InvalidTaxIdProblem problem =
        assertThrows(InvalidTaxIdProblem.class, () -> TaxId.of("us", "12-3456789"));

    assertEquals("VITA does not verify businesses in US", problem.getMessage());
    assertThrows(InvalidTaxIdProblem.class, () -> TaxId.of(null, "12345678Z"));
  }

  @Test
  void theConstructorRefusesValuesThatAreNotNormalised() {
    assertThrows(InvalidTaxIdProblem.class, () -> new TaxId("CL", "76.086.428-5"));
    assertThrows(InvalidTaxIdProblem.class, () -> new TaxId("ES", "12345678z"));
  }
}
