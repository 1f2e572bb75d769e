package com.vita.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The house rules of CONVENTIONS.md, checked on every build. Each rule says what to do instead; a
 * rule is changed here, in review, not worked around in the code.
 */
@AnalyzeClasses(packages = "com.vita", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * Resources open to callers without a role. Adding one is a security decision: name the class
   * here with the reason, and mark each method {@code @PermitAll} or {@code @RolesAllowed}.
   */
  static final Set<String> PUBLIC_RESOURCES =
      Set.of(
          // carriers, services and quotes are public by nature (a shop shows them before sign-in)
          "com.vita.shipping.boundary.ShippingResource");

  @ArchTest
  static final ArchRule resourcesDenyByDefault =
      classes()
          .that()
          .areAnnotatedWith(Path.class)
          .and()
          .areNotAnnotatedWith(RegisterRestClient.class)
          .and()
          .areNotInterfaces()
          .should(beDenyAllOrListedAsPublic())
          .because(
              "a resource is @DenyAll at class level with @RolesAllowed/@PermitAll per method, so a"
                  + " method added later is closed until someone opens it; a resource public as a"
                  + " whole is listed in ArchitectureTest.PUBLIC_RESOURCES with its reason");

  @ArchTest
  static final ArchRule restClientsAreNotResources =
      noClasses()
          .that()
          .areInterfaces()
          .and()
          .resideInAPackage("com.vita..")
          .should()
          .beAnnotatedWith(Path.class)
          .because(
              "the server serves every @Path type it finds, interfaces of Rest Clients included"
                  + " (DIDIT's API was answering at /api/v1/v3/session); put @Path on the client's"
                  + " methods instead");

  @ArchTest
  static final ArchRule platformKnowsNoBusinessComponent =
      noClasses()
          .that()
          .resideInAPackage("com.vita.platform..")
          .should()
          .dependOnClassesThat(businessCode())
          .because(
              "platform is the shared kernel every component builds on; what platform needs from a"
                  + " component it asks through an interface in platform that the component"
                  + " implements (e.g. AccessTokenClaims), or reads from the JAX-RS/CDI runtime");

  @ArchTest
  static final ArchRule entitiesDependOnNoLogic =
      noClasses()
          .that()
          .resideInAPackage("com.vita.*.entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vita.*.control..", "com.vita.*.boundary..")
          .because(
              "layers run boundary -> control -> entity: an entity guards its own state and takes"
                  + " what it needs as arguments; move the logic to control");

  @ArchTest
  static final ArchRule controlDependsOnNoBoundary =
      noClasses()
          .that()
          .resideInAPackage("com.vita.*.control..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vita.*.boundary..")
          .because(
              "layers run boundary -> control -> entity: resources, webhooks and timers call"
                  + " control, never the other way; move shared types into control or entity");

  @ArchTest
  static final ArchRule componentsMeetOnlyThroughControl =
      classes()
          .that()
          .resideInAPackage("com.vita.(*)..")
          .should(reachOtherComponentsOnlyThroughControl())
          .because(
              "a component's entities and resources are its own: another component calls its"
                  + " control classes, which hand out records (e.g. AccountDirectory's AccountCard),"
                  + " or observes its CDI events");

  @ArchTest
  static final ArchRule componentsFormNoCycles =
      slices()
          .matching("com.vita.(*)..")
          .should()
          .beFreeOfCycles()
          .because("dependencies between components run one way; break a cycle with a CDI event");

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> businessCode() {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "belong to a business component or the application class",
        c -> c.getPackageName().startsWith("com.vita") && component(c) != PLATFORM);
  }

  private static final String PLATFORM = "platform";

  /** The component a class belongs to: the package right under com.vita ("" for the root). */
  static String component(JavaClass c) {
    String pkg = c.getPackageName();
    if (!pkg.startsWith("com.vita")) {
      return null;
    }
    String rest = pkg.length() > "com.vita".length() ? pkg.substring("com.vita.".length()) : "";
    int dot = rest.indexOf('.');
    String first = dot < 0 ? rest : rest.substring(0, dot);
    return first.equals(PLATFORM) ? PLATFORM : first;
  }

  /** The layer of a business class: boundary, control or entity (null for package-info level). */
  static String layer(JavaClass c) {
    String[] parts = c.getPackageName().split("\\.");
    return parts.length > 3 ? parts[3] : null;
  }

  private static ArchCondition<JavaClass> beDenyAllOrListedAsPublic() {
    return new ArchCondition<>("be @DenyAll at class level or listed as public") {
      @Override
      public void check(JavaClass resource, ConditionEvents events) {
        boolean ok =
            resource.isAnnotatedWith(DenyAll.class)
                || PUBLIC_RESOURCES.contains(resource.getName());
        events.add(
            new SimpleConditionEvent(
                resource,
                ok,
                resource.getName()
                    + (ok
                        ? " denies by default"
                        : " is neither @DenyAll nor a listed public one")));
      }
    };
  }

  private static ArchCondition<JavaClass> reachOtherComponentsOnlyThroughControl() {
    return new ArchCondition<>("reach other components only through their control classes") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = component(origin);
        if (own == null || own.equals(PLATFORM) || own.isEmpty()) {
          return;
        }
        SortedSet<String> violations = new TreeSet<>();
        origin
            .getDirectDependenciesFromSelf()
            .forEach(
                d -> {
                  JavaClass target = d.getTargetClass().getBaseComponentType();
                  String other = component(target);
                  if (other == null
                      || other.equals(own)
                      || other.equals(PLATFORM)
                      || other.isEmpty()) {
                    return;
                  }
                  if (!"control".equals(layer(target))) {
                    violations.add(d.getDescription());
                  }
                });
        violations.forEach(v -> events.add(SimpleConditionEvent.violated(origin, v)));
      }
    };
  }

  /** Keeps the import of the analysed classes honest: the rules above must see VITA's code. */
  @ArchTest
  static void theRulesSeeTheWholeApplication(JavaClasses classes) {
    if (!classes.contain("com.vita.auth.boundary.AuthResource")
        || !classes.contain("com.vita.platform.security.Caller")) {
      throw new AssertionError("ArchitectureTest did not import VITA's classes");
    }
  }
}
