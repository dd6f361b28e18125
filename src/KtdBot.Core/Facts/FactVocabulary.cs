namespace KtdBot.Facts;

/// <summary>
/// The words fact extraction reads by, in one place: folded, longest first where it matters. Adding a unit type or an
/// award form is a change here, not in the readers.
/// </summary>
internal static class FactVocabulary
{
    /// <summary>Words a unit's name starts with ("Sở Y tế", "Hội Khuyến học", "Bộ Chỉ huy Quân sự tỉnh").</summary>
    public static readonly string[] UnitHeads =
    [
        "so", "ban", "hoi", "lien hiep", "lien doan", "van phong", "cong an", "bo chi huy", "bo doi", "toa an", "vien", "thanh tra",
        "chi cuc", "cuc", "kho bac", "ngan hang", "bao hiem", "truong", "dai", "bao", "tinh doan", "thanh doan", "uy ban", "ubnd",
        "ubmttq", "mat tran", "lien minh", "trung tam", "cong ty", "tong cong ty", "quy", "dang uy", "hoi dong", "phong", "trung doan",
        "lu doan", "doan", "hoc vien", "benh vien", "tinh uy", "thanh uy", "huyen uy", "chi nhanh", "dien luc", "vien thong",
        "buu dien", "cang vu", "hai quan", "thue", "kiem toan", "thong ke", "cong doan", "ldld", "huyen", "thi xa", "thanh pho",
        "xa", "phuong", "bchqs", "bdbp", "vks", "vksnd", "tand", "bo", "chinh tri", "hau can", "quan su", "bien phong",
        "nha xuat ban", "dai phat thanh", "ban quan ly", "hop tac xa", "lien hiep cac hoi", "thi hanh an",
    ];

    /// <summary>Phrases that start like a unit's name but name an event or a document ("Hội nghị tổng kết …").</summary>
    public static readonly string[] NotUnitHeads = ["hoi nghi", "hoi thao", "hoi thi", "bao cao", "ban giao", "so diem", "so phieu"];

    /// <summary>Long names people write in shorthand inside a bloc's descriptor ("Khối MTTQ và các tổ chức …").</summary>
    public static readonly (string Long, string Short)[] Shorthands =
    [
        ("mặt trận tổ quốc việt nam", "MTTQ"), ("mặt trận tổ quốc", "MTTQ"), ("ủy ban nhân dân", "UBND"), ("chính trị - xã hội", "CT-XH"),
    ];

    /// <summary>Place units written in lower case inside a sentence ("đề nghị tặng Cờ thi đua cho phường Phổ Yên").</summary>
    public static readonly string[] PlaceHeads = ["phuong", "xa", "huyen", "thi xa", "thi tran", "thanh pho", "quan", "ubnd", "uy ban nhan dan"];

    /// <summary>Award forms, as in "đề nghị tặng Cờ thi đua cho …".</summary>
    public static readonly string[] AwardForms =
    [
        "co thi dua", "bang khen", "giay khen", "huan chuong", "huy chuong", "ky niem chuong", "danh hieu", "giai thuong",
    ];

    /// <summary>Ministry-style names that carry commas or "và" inside ("Sở Văn hóa, Thể thao và Du lịch"): never split.</summary>
    public static readonly string[] CompoundNames =
    [
        "van hoa, the thao va du lich", "lao dong - thuong binh va xa hoi", "lao dong, thuong binh va xa hoi", "khoa hoc va cong nghe",
        "tai nguyen va moi truong", "nong nghiep va phat trien nong thon", "nong nghiep va moi truong", "ke hoach va dau tu",
        "giao duc va dao tao", "thong tin va truyen thong", "dan toc va ton giao", "tai chinh - ke hoach", "xay dung va phat trien",
        "bao tro nguoi khuyet tat va bao ve quyen tre em", "van hoa va thong tin", "phat thanh va truyen hinh", "phat thanh - truyen hinh",
        "phat trien nha va do thi", "cuu tro va phat trien", "chinh tri - xa hoi", "khoa hoc - ky thuat", "van hoc nghe thuat",
        "hau can - ky thuat", "an ninh, trat tu", "dau tu va xay dung", "bao va phat thanh, truyen hinh", "phat thanh, truyen hinh",
        "cong - nong nghiep", "van hoa va the thao", "van hoa, the thao", "nong nghiep va phat trien nong thon", "van hoa - xa hoi", "kinh te - ky thuat",
    ];

    /// <summary>Honorifics and ranks that introduce a person's name.</summary>
    public static readonly string[] PersonCues =
    [
        "ong", "ba", "dong chi", "d/c", "dai ta", "thuong ta", "trung ta", "thieu ta", "dai uy", "thieu tuong", "trung tuong",
        "thuong ta", "nha bao", "tien si", "ths.", "ts.",
    ];

    /// <summary>Column headers of rosters and rankings.</summary>
    public static readonly (string Role, string[] Cues)[] Columns =
    [
        ("index", ["stt", "tt", "so tt", "so thu tu"]),
        ("leader", ["khoi truong", "cum truong", "don vi khoi truong", "don vi cum truong"]),
        ("deputy", ["khoi pho", "cum pho", "don vi khoi pho", "don vi cum pho"]),
        ("score", ["khoi cham", "cum cham", "tu cham", "diem khoi cham", "diem tu cham"]),
        ("bloc", ["khoi thi dua", "cum thi dua", "khoi", "cum"]),
        ("score", ["tong diem", "diem cham", "diem dat", "diem", "so diem"]),
        ("rank", ["xep hang", "thu hang", "xep thu", "hang"]),
        ("multiple", ["he so", "muc thuong (lan", "so lan", "muc tien thuong (lan"]),
        ("award", ["hinh thuc", "de nghi khen", "khen thuong de nghi", "danh hieu de nghi", "de nghi"]),
        ("winner", ["don vi dan dau", "tap the dan dau", "dan dau"]),
        ("reviewdate", ["ngay hoi nghi", "ngay tong ket", "ngay to chuc hoi nghi", "thoi gian tong ket", "thoi gian to chuc", "thoi gian", "ngay to chuc"]),
        ("place", ["dia diem", "noi to chuc"]),
        ("blocname", ["ten khoi", "ten cum"]),
        ("note", ["ghi chu", "chuc danh", "nhiem vu", "vai tro", "chuc vu"]),
        ("name", ["cac don vi thanh vien", "don vi thanh vien", "cac co quan, don vi", "co quan, don vi", "ten don vi", "ten co quan", "don vi", "co quan", "ten hoi", "hoi thanh vien", "thanh vien", "ten tap the", "tap the", "ten doanh nghiep", "doanh nghiep", "ten to chuc", "dia phuong", "ten xa, phuong", "cac xa, phuong", "xa, phuong", "ten dia phuong", "danh hieu", "ten danh hieu", "hinh thuc khen thuong"]),
    ];
}
