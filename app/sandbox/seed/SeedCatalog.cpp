#include "sandbox/seed/SeedCatalog.h"

namespace DepositDesk::Sandbox {

namespace {

Money yuan(qint64 whole)
{
    return Money::fromFen(whole * 100);
}

QStringList split(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

const QList<SeedCatalog::Category> &SeedCatalog::categories()
{
    static const QList<Category> list = {
        {QStringLiteral("RENT_PHONE"),
         {QStringLiteral("iPhone 15 Pro"), QStringLiteral("华为 Mate 60"),
          QStringLiteral("小米 14"), QStringLiteral("OPPO Find X7"), QStringLiteral("vivo X100")},
         QStringLiteral("%1 手机租赁押金"),
         yuan(2000),
         yuan(9000),
         {QStringLiteral("手机租金"), QStringLiteral("屏幕损坏赔偿"), QStringLiteral("逾期租金")}},
        {QStringLiteral("RENT_CAMERA"),
         {QStringLiteral("佳能 EOS R6"), QStringLiteral("索尼 A7M4"), QStringLiteral("富士 X-T5"),
          QStringLiteral("大疆 Osmo Pocket 3"), QStringLiteral("GoPro HERO12")},
         QStringLiteral("%1 相机租赁押金"),
         yuan(1500),
         yuan(16000),
         {QStringLiteral("相机租金"), QStringLiteral("镜头划伤赔偿"),
          QStringLiteral("配件丢失赔偿")}},
        {QStringLiteral("RENT_POWERBANK"),
         {QStringLiteral("共享充电宝"), QStringLiteral("快充充电宝")},
         QStringLiteral("%1押金"),
         yuan(99),
         yuan(99),
         {QStringLiteral("充电宝使用费"), QStringLiteral("充电宝未归还")}},
        {QStringLiteral("RENT_CAR"),
         {QStringLiteral("比亚迪 汉"), QStringLiteral("特斯拉 Model 3"),
          QStringLiteral("大众 帕萨特"), QStringLiteral("丰田 凯美瑞")},
         QStringLiteral("%1 租车押金"),
         yuan(3000),
         yuan(10000),
         {QStringLiteral("租车费用"), QStringLiteral("违章处理费"), QStringLiteral("车辆清洁费"),
          QStringLiteral("超里程费")}},
        {QStringLiteral("RENT_STROLLER"),
         {QStringLiteral("好孩子婴儿推车"), QStringLiteral("Babyzen YOYO 推车"),
          QStringLiteral("儿童安全座椅")},
         QStringLiteral("%1租赁押金"),
         yuan(200),
         yuan(1200),
         {QStringLiteral("推车租金"), QStringLiteral("推车损坏赔偿")}},
        {QStringLiteral("RENT_LAPTOP"),
         {QStringLiteral("MacBook Pro 14"), QStringLiteral("联想 ThinkPad X1"),
          QStringLiteral("华为 MateBook X")},
         QStringLiteral("%1 笔记本租赁押金"),
         yuan(4000),
         yuan(15000),
         {QStringLiteral("笔记本租金"), QStringLiteral("键盘损坏赔偿")}},
        {QStringLiteral("RENT_OUTDOOR"),
         {QStringLiteral("露营帐篷套装"), QStringLiteral("山地自行车"), QStringLiteral("滑雪板")},
         QStringLiteral("%1租赁押金"),
         yuan(300),
         yuan(3000),
         {QStringLiteral("装备租金"), QStringLiteral("装备清洗费"),
          QStringLiteral("装备损坏赔偿")}},
    };
    return list;
}

const QList<SeedCatalog::Store> &SeedCatalog::stores()
{
    static const QList<Store> list = {
        {QStringLiteral("HZ001"), QStringLiteral("杭州西湖店")},
        {QStringLiteral("HZ002"), QStringLiteral("杭州滨江店")},
        {QStringLiteral("SH001"), QStringLiteral("上海徐汇店")},
        {QStringLiteral("BJ001"), QStringLiteral("北京朝阳店")},
        {QStringLiteral("SZ001"), QStringLiteral("深圳南山店")},
        {QStringLiteral("CD001"), QStringLiteral("成都春熙路店")},
        {QStringLiteral("GZ001"), QStringLiteral("广州天河店")},
        {QStringLiteral("WH001"), QStringLiteral("武汉光谷店")},
    };
    return list;
}

QHash<QString, QString> SeedCatalog::storeNames()
{
    QHash<QString, QString> names;
    for (const Store &store : stores())
        names.insert(store.id, store.name);
    return names;
}

const QStringList &SeedCatalog::surnames()
{
    static const QStringList list = split(QStringLiteral(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 邓 冯 "
        "曹 彭 曾 萧 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 沈 欧阳 司马 诸葛"));
    return list;
}

const QStringList &SeedCatalog::givenNameCharacters()
{
    static const QStringList list = split(QStringLiteral(
        "伟 芳 娜 秀 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 桂 英 华 玉 萍 红 "
        "学 文 博 宇 浩 然 子 轩 梓 涵 欣 怡 思 雨 佳 琪 晨 阳 一 诺 嘉 鑫 婷 雪 辉 建 国 晓"));
    return list;
}

const QStringList &SeedCatalog::unfreezeRemarks()
{
    static const QStringList list = {
        QStringLiteral("押金退还"), QStringLiteral("归还设备，解冻押金"),
        QStringLiteral("部分押金退还"), QStringLiteral("订单完结，释放剩余押金")};
    return list;
}

const QStringList &SeedCatalog::refundReasons()
{
    static const QStringList list = {QStringLiteral("多扣费用退回"), QStringLiteral("赔偿金额调整"),
                                     QStringLiteral("客户投诉，协商退款"),
                                     QStringLiteral("重复扣款退回")};
    return list;
}

} // namespace DepositDesk::Sandbox
