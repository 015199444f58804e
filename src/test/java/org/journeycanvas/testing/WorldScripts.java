package org.journeycanvas.testing;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/** A map whose cards are written in scripts the embedded font lacks, right to left, and with emoji. */
public final class WorldScripts {
    public static final List<String> CARD_TEXTS = List.of(
            "고객 지원 센터에 전화하기",
            "ค้นหาข้อมูลสินค้าบนเว็บไซต์",
            "مقارنة الأسعار على الموقع",
            "קריאת ביקורות של לקוחות",
            "アプリで注文を確認する",
            "Loves the app 😀🎉 but 👎 the wait",
            "Mixed: café 東京 and שלום together");

    private WorldScripts() {}

    public static JourneyMap map() {
        List<Card> actions = new ArrayList<>();
        for (int i = 0; i < CARD_TEXTS.size(); i++) {
            actions.add(Card.of("a" + i, i % 2 == 0 ? "s1" : "s2", CARD_TEXTS.get(i)));
        }
        Lane touchpoints = new Lane(
                "l-touch",
                LaneKind.TOUCHPOINTS,
                "タッチポイント",
                List.of(new Card("t1", "s1", "웹사이트 방문", "메모: 중요", Channel.WEBSITE, null, null, List.of("웹"))));
        Lane emotions = new Lane(
                "l-emo",
                LaneKind.EMOTIONS,
                "Emotions",
                List.of(new Card("e1", "s2", "مرتبك 😕", "", null, -1, null, List.of())));
        Persona persona = new Persona(
                "p1",
                "김민지",
                "מנהלת מוצר",
                "",
                "",
                List.of(),
                "#2A9D8F",
                null,
                List.of(new Lane("l-act", LaneKind.ACTIONS, "การกระทำ", actions), touchpoints, emotions));
        return new JourneyMap(
                "m1",
                "多言語ジャーニー 🌍",
                "",
                List.of(Stage.of("s1", "発見 · Discover"), Stage.of("s2", "البحث")),
                List.of(persona));
    }
}
