package dibao.layout;

/**
 * A person credited in a byline: {@code 全媒体记者 张三}, {@code 通讯员 李四}, {@code 摄 王五}.
 *
 * @param role the role as printed (全媒体记者, 通讯员, 见习记者, 实习生, 记者, 摄影 ...)
 * @param name the person's name
 */
public record Credit(String role, String name) {
}
