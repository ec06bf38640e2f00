package online.pass24.desk.workflow.domain;

/**
 * The regulation's FAQ 2 at intake: is it really an emergency? Any sign of one, or any doubt
 * (an unanswered question), suggests EMERGENCY: "start as emergency, revise after diagnosis".
 */
public final class Assessment {

    private Assessment() {
    }

    public static boolean suggestsEmergency(Boolean systemUnusable, Boolean criticalErrorConfirmed,
                                            Boolean mostUsersAffected, Boolean workaroundExists) {
        if (Boolean.TRUE.equals(systemUnusable) || Boolean.TRUE.equals(criticalErrorConfirmed)
                || Boolean.TRUE.equals(mostUsersAffected) || Boolean.FALSE.equals(workaroundExists)) {
            return true;
        }
        boolean doubt = systemUnusable == null || criticalErrorConfirmed == null
                || mostUsersAffected == null || workaroundExists == null;
        return doubt;
    }
}
