package org.journeycanvas.render;

import java.util.EnumMap;
import java.util.Map;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.LaneKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The icon for each channel, lane kind and emotion score, as glyphs of the Material Design Icons font. */
public final class Icons {
    /** The icon font inside the Ikonli pack, for surfaces that load it themselves. */
    public static final String FONT_RESOURCE =
            "/META-INF/resources/materialdesignicons2/5.8.55/fonts/materialdesignicons-webfont.ttf";

    private static final Map<Channel, Ikon> CHANNELS = new EnumMap<>(Map.ofEntries(
            Map.entry(Channel.WEBSITE, MaterialDesignW.WEB),
            Map.entry(Channel.SEARCH, MaterialDesignM.MAGNIFY),
            Map.entry(Channel.ADVERTISING, MaterialDesignB.BULLHORN),
            Map.entry(Channel.SOCIAL, MaterialDesignA.ACCOUNT_GROUP),
            Map.entry(Channel.EMAIL, MaterialDesignE.EMAIL_OUTLINE),
            Map.entry(Channel.PHONE, MaterialDesignP.PHONE),
            Map.entry(Channel.CHAT, MaterialDesignC.CHAT_OUTLINE),
            Map.entry(Channel.IN_PERSON, MaterialDesignH.HANDSHAKE),
            Map.entry(Channel.STORE, MaterialDesignS.STOREFRONT_OUTLINE),
            Map.entry(Channel.EVENT, MaterialDesignC.CALENDAR_STAR),
            Map.entry(Channel.WEBINAR, MaterialDesignP.PRESENTATION_PLAY),
            Map.entry(Channel.SALES_CALL, MaterialDesignP.PHONE_IN_TALK),
            Map.entry(Channel.DEMO, MaterialDesignM.MONITOR_SHARE),
            Map.entry(Channel.APP, MaterialDesignC.CELLPHONE),
            Map.entry(Channel.SUPPORT, MaterialDesignL.LIFEBUOY),
            Map.entry(Channel.REVIEW_SITE, MaterialDesignS.STAR_OUTLINE),
            Map.entry(Channel.PARTNER, MaterialDesignA.ACCOUNT_TIE),
            Map.entry(Channel.PRINT, MaterialDesignN.NEWSPAPER_VARIANT_OUTLINE),
            Map.entry(Channel.OTHER, MaterialDesignD.DOTS_HORIZONTAL)));

    private static final Map<LaneKind, Ikon> LANE_KINDS = new EnumMap<>(Map.ofEntries(
            Map.entry(LaneKind.STORYBOARD, MaterialDesignI.IMAGE_MULTIPLE_OUTLINE),
            Map.entry(LaneKind.ACTIONS, MaterialDesignR.RUN),
            Map.entry(LaneKind.TOUCHPOINTS, MaterialDesignG.GESTURE_TAP),
            Map.entry(LaneKind.THOUGHTS, MaterialDesignT.THOUGHT_BUBBLE_OUTLINE),
            Map.entry(LaneKind.EMOTIONS, MaterialDesignE.EMOTICON_OUTLINE),
            Map.entry(LaneKind.PAIN_POINTS, MaterialDesignA.ALERT_OUTLINE),
            Map.entry(LaneKind.OPPORTUNITIES, MaterialDesignL.LIGHTBULB_ON_OUTLINE),
            Map.entry(LaneKind.METRICS, MaterialDesignC.CHART_LINE),
            Map.entry(LaneKind.NOTES, MaterialDesignN.NOTE_TEXT_OUTLINE),
            Map.entry(LaneKind.PHYSICAL_EVIDENCE, MaterialDesignP.PACKAGE_VARIANT),
            Map.entry(LaneKind.FRONTSTAGE, MaterialDesignS.STOREFRONT_OUTLINE),
            Map.entry(LaneKind.BACKSTAGE, MaterialDesignA.ACCOUNT_COG_OUTLINE),
            Map.entry(LaneKind.SUPPORT_PROCESSES, MaterialDesignC.COG_OUTLINE),
            Map.entry(LaneKind.SYSTEMS, MaterialDesignD.DATABASE_OUTLINE)));

    private static final Ikon[] SCORES = {
        MaterialDesignE.EMOTICON_CRY_OUTLINE, MaterialDesignE.EMOTICON_SAD_OUTLINE,
        MaterialDesignE.EMOTICON_NEUTRAL_OUTLINE, MaterialDesignE.EMOTICON_HAPPY_OUTLINE,
        MaterialDesignE.EMOTICON_EXCITED_OUTLINE
    };

    private Icons() {}

    public static int channel(Channel channel) {
        return CHANNELS.get(channel).getCode();
    }

    public static int laneKind(LaneKind kind) {
        return LANE_KINDS.get(kind).getCode();
    }

    /** The face for an emotion score from -2 to +2. */
    public static int score(int score) {
        return SCORES[score + 2].getCode();
    }

    public static int stage() {
        return MaterialDesignC.CALENDAR_STAR.getCode();
    }

    /** What an empty picture frame of a storyboard card shows. */
    public static int emptyPicture() {
        return MaterialDesignI.IMAGE_OUTLINE.getCode();
    }
}
