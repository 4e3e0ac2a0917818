package org.parley.core.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test or a test class was skipped (an assumption that did not hold: no PostgreSQL, no
 * {@code ../shared}, a known weakness) in Maven's output, where the surefire and failsafe summaries
 * give only a count. The JUnit launcher loads it from the service file in parley-core's test jar,
 * for every module that tests with that jar.
 */
public final class SkipReasonPrinter implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("aborted"));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    String display = test.getDisplayName();
    String name = test.getSource().map(source -> {
      if (source instanceof MethodSource m) {
        String method = simple(m.getClassName()) + "." + m.getMethodName();
        // a parameterized or dynamic test: the case's own name says which one
        return display.equals(m.getMethodName() + "()") ? method : method + " [" + display + "]";
      }
      return source instanceof ClassSource c ? simple(c.getClassName()) : display;
    }).orElse(display);
    System.out.println("SKIPPED " + name + ": " + reason.strip().replaceAll("\\s+", " "));
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
