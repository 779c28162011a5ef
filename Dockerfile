# Production image: the jar every build leaves (Vaadin production mode from its pre-compiled bundle; no frontend build).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app portico
WORKDIR /app
COPY --from=build /src/ui-vaadin/target/ui-vaadin-*.jar /app/portico.jar
USER portico
EXPOSE 8080
ENV VAADIN_USAGE_STATS_ENABLED=false
ENTRYPOINT ["java", "-jar", "/app/portico.jar"]
