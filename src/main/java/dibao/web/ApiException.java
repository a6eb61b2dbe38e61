package dibao.web;

/** A request the API refuses: answered with {@code status} and {"error": message, "parameter": parameter}. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String parameter;

    public ApiException(int status, String parameter, String message) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, parameter, message);
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
